package vn.diembao.directory;

import java.time.LocalDate;

/** A public holiday or compensatory day off (DAY_OFF), or a weekend day worked in exchange (WORKING_DAY). */
public record Holiday(LocalDate day, String name, String kind) {
}
