package vn.diembao.bulletin;

import java.time.LocalDate;

/** A bulletin was published (revision &gt; 1: a correction of an earlier issue with the same number). */
public record BulletinPublished(long bulletinId, BulletinKind kind, int year, int number, int revision, LocalDate issueDate) {
}
