package vn.diembao.bulletin;

import java.time.LocalDate;
import java.util.List;

import vn.diembao.classify.ClassifiedArticle;

/** A daily bulletin as leaders read it: positive/neutral news first, then “tồn tại, hạn chế”. */
record DailyBulletin(String provinceName, LocalDate date, List<ClassifiedArticle> news, List<ClassifiedArticle> problems) {

	public int size() {
		return news.size() + problems.size();
	}
}
