package vn.diembao.directory;

import java.util.List;

/** The province whose press coverage we monitor, with every name an article may use for it. */
public record ProvinceProfile(String code, String name, List<ProvinceName> names) {

	public record ProvinceName(String name, Kind kind) {
	}

	public enum Kind {
		PROVINCE, FORMER_PROVINCE, PLACE
	}
}
