package vn.diembao.sites;

import java.time.LocalDate;

/** A post listed on a column page; {@code publishedOn} null when the page prints no date next to it. */
record ColumnPost(String url, String title, LocalDate publishedOn) {
}
