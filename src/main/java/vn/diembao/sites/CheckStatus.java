package vn.diembao.sites;

/** Traffic light of one check on one site: green passes, amber needs a look, red fails. */
enum CheckStatus {

	GREEN("Đạt"), AMBER("Cần lưu ý"), RED("Không đạt");

	private final String label;

	CheckStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	CheckStatus worse(CheckStatus other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
