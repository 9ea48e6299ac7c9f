package nashra.job;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application that holds the briefing job; started by {@link BriefingLauncher}. */
@SpringBootApplication
public class BriefingApplication {
}
