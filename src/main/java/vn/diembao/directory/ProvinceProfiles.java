package vn.diembao.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class ProvinceProfiles {

	private final JdbcClient jdbc;
	private final String currentCode;

	ProvinceProfiles(JdbcClient jdbc, @Value("${diembao.province.code}") String currentCode) {
		this.jdbc = jdbc;
		this.currentCode = currentCode;
	}

	/** The profile this installation monitors ({@code diembao.province.code}). */
	public ProvinceProfile current() {
		String name = jdbc.sql("select name from app.province_profile where code = ?")
			.param(currentCode)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("Không có hồ sơ tỉnh " + currentCode));
		var names = jdbc.sql("select name, kind from app.province_name where profile_code = ? order by id")
			.param(currentCode)
			.query((rs, i) -> new ProvinceProfile.ProvinceName(rs.getString("name"),
					ProvinceProfile.Kind.valueOf(rs.getString("kind"))))
			.list();
		return new ProvinceProfile(currentCode, name, names);
	}
}
