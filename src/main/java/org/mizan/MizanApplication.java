package org.mizan;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MizanApplication {
}
