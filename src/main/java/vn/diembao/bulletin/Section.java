package vn.diembao.bulletin;

/** The themes of a bulletin in the order leaders read them (design §7). */
enum Section {
	LEADERSHIP("Hoạt động của lãnh đạo tỉnh"),
	ECONOMY("Kinh tế – xã hội"),
	CULTURE("Văn hóa – xã hội"),
	DEFENCE_SECURITY("Quốc phòng – an ninh"),
	PROBLEMS("Thông tin phản ánh tồn tại, hạn chế"),
	OPINION("Dư luận cần lưu ý");

	private final String label;

	Section(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Roman numerals as in the department's documents: “I. Hoạt động của lãnh đạo tỉnh”. */
	static String roman(int n) {
		return switch (n) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			case 5 -> "V";
			case 6 -> "VI";
			default -> String.valueOf(n);
		};
	}
}
