package vn.diembao.directory;

public record OutletRef(long id, String name, String domain) {
}
