package vn.diembao.directory;

import java.util.List;

/** The province whose press coverage we monitor, with every name an article may use for it. */
public record ProvinceProfile(String code, String name, List<ProvinceName> names) {

	public record ProvinceName(String name, Kind kind) {
	}

	/** A collision is a name that also means something elsewhere (a homonym): it counts only with supporting context. */
	public enum Kind {
		PROVINCE, FORMER_PROVINCE, PLACE, COLLISION
	}
}
