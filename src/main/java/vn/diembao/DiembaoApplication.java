package vn.diembao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.diembao.shared.cli.CliCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Điểm báo", sharedModules = "shared")
public class DiembaoApplication {

	public static void main(String[] args) {
		var command = CliCommands.find(args);
		if (command.isPresent()) {
			System.exit(CliCommands.run(command.get(), args));
		}
		SpringApplication.run(DiembaoApplication.class, args);
	}
}
