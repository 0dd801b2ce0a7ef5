package dev.plaza;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Plaza standalone: every module in one process, on an embedded PostgreSQL. */
@SpringBootApplication
@EnableScheduling
@EnableAsync
@Modulithic(systemName = "Plaza", sharedModules = "platform")
public class PlazaApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlazaApplication.class, args);
	}
}
