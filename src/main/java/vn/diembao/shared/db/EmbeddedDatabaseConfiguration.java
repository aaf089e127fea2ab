package vn.diembao.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Zero-config default: without {@code SPRING_DATASOURCE_URL} the app runs on an embedded PostgreSQL whose data
 * lives under {@code ./data/pg} and survives restarts. Same SQL dialect as production, no H2.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${diembao.embedded-db.directory}") Path directory,
			@Value("${diembao.embedded-db.port}") int port) throws IOException {
		Files.createDirectories(directory);
		Path dataDir = directory.toAbsolutePath().normalize();
		var builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.setServerConfig("timezone", "Asia/Ho_Chi_Minh")
			.setServerConfig("max_connections", "60");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL on port {} with data in {} (set SPRING_DATASOURCE_URL to use an external server)",
				postgres.getPort(), dataDir);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	@Primary
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(20);
		dataSource.setConnectionTimeout(5000);
		dataSource.setPoolName("embedded");
		return dataSource;
	}
}
