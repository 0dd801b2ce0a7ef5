package dev.plaza.sims.creditbureau;

import java.time.LocalDate;

/** A {@code GetCreditReportRequest}, already valid under the schema. */
record Question(String requestId, String nationalId, String name, LocalDate dateOfBirth, String country) {
}
