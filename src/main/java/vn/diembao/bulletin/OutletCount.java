package vn.diembao.bulletin;

/** Articles about the province by one outlet in a weekly/monthly period, by tone. */
record OutletCount(String outletName, int positive, int neutral, int negative) {

	public int total() {
		return positive + neutral + negative;
	}
}
