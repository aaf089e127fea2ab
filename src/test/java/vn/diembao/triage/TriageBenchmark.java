package vn.diembao.triage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.diembao.classify.Tone;
import vn.diembao.directory.Role;
import vn.diembao.directory.UserAccounts;
import vn.diembao.support.DiembaoTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 7's load: the inbox read model filled with 1,000,000 generated Vietnamese articles — 60 outlets, 3 years,
 * about 12 % relevant, stories of one to four outlets — bypassing the pipeline. Measures the inbox first page, a
 * filter change (tone, outlet and date range) and diacritic-insensitive searches through the service and the HTTP
 * page the officer uses, and prints the query plans. Run with {@code mvn -Pbench verify -Dtest=TriageBenchmark};
 * size with {@code -Dbench.articles=…}; figures in target/bench-triage.txt.
 */
@Tag("bench")
@DiembaoTest
class TriageBenchmark {

	private static final int BATCH = 50_000;
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
	/** Far above the ids the rest of the suite's articles get. */
	private static final long FIRST_ID = 1_000_000_000L;

	private static final List<String> OUTLETS = outlets();
	private static final List<String> PLACES = List.of("Lâm Đồng", "Đà Lạt", "Bảo Lộc", "Đắk Nông", "Gia Nghĩa",
			"Đức Trọng", "Di Linh", "Lạc Dương", "Đơn Dương", "Lâm Hà", "Bảo Lâm", "Đạ Huoai", "Cát Tiên", "Đắk R'lấp",
			"Krông Nô", "Đắk Mil", "Tuy Đức", "Bình Thuận", "Phan Thiết", "La Gi", "Hà Nội", "TP Hồ Chí Minh", "Đà Nẵng",
			"Đắk Lắk", "Buôn Ma Thuột", "Khánh Hòa", "Nha Trang", "Cần Thơ", "Hải Phòng", "Quảng Ninh", "Nghệ An",
			"Thanh Hóa", "Gia Lai", "Kon Tum", "Bình Dương", "Đồng Nai");
	private static final List<String> SUBJECTS = List.of("Người dân", "UBND huyện", "Chủ tịch UBND tỉnh", "Công an tỉnh",
			"Doanh nghiệp", "Nông dân", "Học sinh", "Bệnh viện đa khoa", "Sở Tài nguyên và Môi trường", "Cục Thuế",
			"Sở Giao thông vận tải", "Hợp tác xã", "Ban quản lý rừng", "Trường tiểu học", "Nhà đầu tư", "Tiểu thương");
	private static final List<String> VERBS = List.of("phản ánh", "kiến nghị", "bức xúc vì", "khẩn trương xử lý",
			"kiểm tra", "phát hiện", "đề xuất", "cảnh báo", "lo lắng trước", "chấn chỉnh", "khởi công", "hoàn thành");
	private static final List<String> MATTERS = List.of("ô nhiễm môi trường", "sạt lở đất", "ùn tắc giao thông",
			"tranh chấp đất đai", "chậm giải phóng mặt bằng", "giá cà phê tăng cao", "mùa sầu riêng bội thu",
			"xả thải ra suối", "phá rừng trái phép", "khai thác cát lậu", "dự án treo", "thiếu giáo viên",
			"quá tải bệnh viện", "lễ hội hoa", "du lịch phục hồi", "nước sinh hoạt nhiễm bẩn", "đường xuống cấp",
			"chuyển đổi số", "cải cách hành chính", "nông sản rớt giá", "mưa lớn gây ngập", "cháy rừng");
	private static final List<String> SENTENCES = List.of(
			"Theo ghi nhận của phóng viên, tình trạng này kéo dài nhiều tháng nay khiến người dân vô cùng bức xúc.",
			"Lãnh đạo địa phương cho biết sẽ kiểm tra, xác minh và xử lý nghiêm các sai phạm nếu có.",
			"Nhiều hộ dân đã nhiều lần gửi đơn kiến nghị nhưng chưa nhận được phản hồi thỏa đáng.",
			"Cơ quan chức năng đã lập biên bản và yêu cầu đơn vị liên quan khắc phục trong thời gian sớm nhất.",
			"Mùa mưa năm nay đến sớm, nguy cơ mất an toàn cho người và phương tiện qua lại là rất lớn.",
			"Giá nông sản biến động mạnh khiến bà con nông dân gặp không ít khó khăn trong sản xuất.",
			"Tỉnh đã chỉ đạo các sở, ngành phối hợp tháo gỡ vướng mắc để sớm đưa dự án vào hoạt động.",
			"Ông Nguyễn Văn Hùng, một người dân sống gần khu vực, cho biết mùi hôi bốc lên nồng nặc mỗi ngày.",
			"Bà Trần Thị Lan, tiểu thương tại chợ, chia sẻ việc buôn bán ế ẩm từ đầu năm đến nay.",
			"Đoàn kiểm tra liên ngành đã có mặt tại hiện trường để làm rõ nguyên nhân và trách nhiệm.",
			"Dự kiến công trình sẽ hoàn thành vào cuối năm, góp phần cải thiện đời sống người dân.",
			"Du khách đến thành phố ngày càng đông, các cơ sở lưu trú gần như kín phòng vào dịp cuối tuần.",
			"Ngành giáo dục đang rà soát, bổ sung giáo viên cho các trường vùng sâu, vùng xa.",
			"Chính quyền khuyến cáo người dân không nên chủ quan trước diễn biến phức tạp của thời tiết.",
			"Vụ việc đang được công an điều tra làm rõ để xử lý theo quy định của pháp luật.",
			"Người dân mong muốn các cơ quan chức năng sớm vào cuộc, giải quyết dứt điểm vấn đề.");
	private static final String[] TONES = { "POSITIVE", "NEUTRAL", "NEGATIVE" };
	private static final String[] TOPICS = { "LOCAL_NEWS", "LOCAL_NEWS", "LOCAL_NEWS", "DOMESTIC_AFFAIRS",
			"DOMESTIC_AFFAIRS", "IT_DIGITAL", "ADMIN_REFORM", "OTHER", "OTHER" };

	@Autowired
	InboxSearch search;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void oneMillionArticles() throws Exception {
		int total = Integer.getInteger("bench.articles", 1_000_000);
		long start = System.nanoTime();
		// secondary indexes are built once after the load, as a bulk import would: far faster than row by row
		List<String> indexes = jdbc.sql("""
				select indexdef from pg_indexes where schemaname = 'app' and tablename = 'inbox_item'
				and indexname <> 'inbox_item_pkey'""").query(String.class).list();
		List<String> names = jdbc.sql("""
				select indexname from pg_indexes where schemaname = 'app' and tablename = 'inbox_item'
				and indexname <> 'inbox_item_pkey'""").query(String.class).list();
		names.forEach(name -> jdbc.sql("drop index app." + name).update());
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<java.util.concurrent.Future<?>> batches = new ArrayList<>();
		for (int from = 0; from < total; from += BATCH) {
			int first = from;
			batches.add(pool.submit(() -> generate(first, Math.min(total, first + BATCH) - 1, total)));
		}
		for (var batch : batches) {
			batch.get();
		}
		double generationSeconds = (System.nanoTime() - start) / 1e9;
		for (var batch : indexes.stream().map(index -> pool.submit(() -> jdbc.sql(index).update())).toList()) {
			batch.get();
		}
		pool.shutdown();
		jdbc.sql("vacuum analyze app.inbox_item").update();
		double withVacuumSeconds = (System.nanoTime() - start) / 1e9;

		accounts.createIfAbsent("bench-tiepnhan", "mat-khau-bench", "Cán bộ thử tải", Set.of(Role.OFFICER), null);
		LocalDate today = LocalDate.now(VIETNAM);
		String outlet = OUTLETS.get(7);
		InboxFilter firstPage = InboxFilter.DEFAULT;
		InboxFilter filterChange = new InboxFilter(today.minusDays(90), today, outlet, Tone.NEGATIVE, null, null, "ALL",
				false, false, null, null);
		InboxFilter dakNong = withQuery("dak nong", "NEW");
		InboxFilter lamDong = withQuery("lam dong ô nhiễm", "NEW");
		InboxFilter dakNongAll = withQuery("dak nong", "ALL");
		InboxFilter lamDongAll = withQuery("lam dong ô nhiễm", "ALL");

		List<String> lines = new ArrayList<>();
		lines.add(String.format("Triage benchmark: %,d articles in app.inbox_item (%d outlets, 3 years, %,d relevant, %,d new"
				+ " relevant), 2-core machine, PostgreSQL", total, OUTLETS.size(), count("relevant"),
				count("relevant and status = 'NEW'")));
		lines.add(String.format("generation: %.0f s (+ index rebuild, vacuum analyze: %.0f s in all)", generationSeconds, withVacuumSeconds));
		measureBoth(lines, "inbox first page (relevant, new)", firstPage, "/tiep-nhan");
		measureBoth(lines, "filter change (negative, one outlet, 90 days, any status)", filterChange,
				"/tiep-nhan?status=ALL&tone=NEGATIVE&from=" + today.minusDays(90) + "&to=" + today + "&outlet="
						+ java.net.URLEncoder.encode(outlet, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		measureBoth(lines, "search “dak nong” (new)", dakNong, "/tiep-nhan?q=dak%20nong");
		measureBoth(lines, "search “lam dong ô nhiễm” (new)", lamDong, "/tiep-nhan?q=lam%20dong%20%C3%B4%20nhi%E1%BB%85m");
		measureBoth(lines, "search “dak nong” (any status)", dakNongAll, "/tiep-nhan?status=ALL&q=dak%20nong");
		measureBoth(lines, "search “lam dong ô nhiễm” (any status)", lamDongAll,
				"/tiep-nhan?status=ALL&q=lam%20dong%20%C3%B4%20nhi%E1%BB%85m");
		lines.add("");
		for (var named : List.of(List.of("inbox first page", firstPage), List.of("filter change", filterChange),
				List.of("search “dak nong” (any status)", dakNongAll),
				List.of("search “lam dong ô nhiễm” (any status)", lamDongAll))) {
			lines.add("== plans: " + named.get(0));
			lines.addAll(search.explain((InboxFilter) named.get(1)));
		}
		String report = String.join("\n", lines);
		System.out.println(report);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "bench-triage.txt"), report + "\n");
	}

	private void measureBoth(List<String> lines, String what, InboxFilter filter, String url) throws Exception {
		UserDetails officer = accounts.loadUserByUsername("bench-tiepnhan");
		InboxPage page = search.page(filter);
		lines.add(line(what + ", service [" + page.totalStories() + " stories, " + page.getItemCount() + " rows shown]",
				measure(100, () -> search.page(filter))));
		// the first page is a full page; filters and searches are htmx requests for the list, as the page sends them
		boolean htmx = filter != InboxFilter.DEFAULT;
		java.net.URI uri = java.net.URI.create(url);
		Set<String> mismatch = new java.util.HashSet<>();
		Action request = () -> {
			var response = mvc.perform(htmx ? get(uri).with(user(officer)).header("HX-Request", "true")
					: get(uri).with(user(officer))).andReturn().getResponse();
			String html = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			if (response.getStatus() != 200 || !html.contains("id=\"story-count\">" + page.totalStories() + "<")) {
				mismatch.add(url + " did not show the service's page: HTTP " + response.getStatus());
			}
		};
		lines.add(line(what + (htmx ? ", HTTP (htmx list)" : ", HTTP page"), measure(50, request))
				+ (mismatch.isEmpty() ? "" : "  ← " + mismatch.iterator().next()));
	}

	private static InboxFilter withQuery(String q, String status) {
		return new InboxFilter(null, null, null, null, null, null, status, false, false, q, null);
	}

	private long count(String where) {
		return jdbc.sql("select count(*) from app.inbox_item where article_id >= " + FIRST_ID + " and " + where)
			.query(Long.class)
			.single();
	}

	/**
	 * Articles {@code from..to} of {@code total}, oldest first over three years; stories of one to four consecutive
	 * articles share relevance, tone, topic and place. Older relevant articles have been triaged; the last two days
	 * are new.
	 */
	private void generate(int from, int to, int total) {
		String sql = """
				insert into app.inbox_item (article_id, title, lead, url, outlet_name, published_at, relevant, tone, topic,
				                            needs_response, places, reasons, status, search_text, story_key)
				select %1$d + g, s.title, s.lead, 'https://bao.example.vn/bai/' || g, s.outlet, s.published, s.relevant,
				       s.tone, s.topic, s.relevant and s.tone = 'NEGATIVE' and s.h %% 5 = 0, s.places,
				       case when s.relevant then 'Nhắc đến ' || s.place else '' end,
				       case when not s.relevant or s.published > now() - interval '2 days' then 'NEW'
				            when s.h %% 20 = 0 then 'IN_CASE' when s.h %% 4 = 0 then 'DISMISSED' else 'TRIAGED' end,
				       s.body, 'cluster:' || (%1$d + s.story)
				from generate_series(%2$d, %3$d) g
				cross join lateral (
				    select g / 3 as story, abs(hashint4(g / 3)) as h, abs(hashint4(g)) as a) k
				cross join lateral (
				    select k.story, k.h,
				           p.place, p.place || case when k.h %% 3 = 0 then ', ' || (%6$s)[1 + (k.h / 7) %% %7$d] else '' end as places,
				           (%4$s)[1 + (k.h / 11) %% %5$d] || ' ' || (%8$s)[1 + (k.h / 13) %% %9$d] || ' '
				               || (%10$s)[1 + (k.h / 17) %% %11$d] || ' tại ' || p.place
				               || case when k.a %% 3 = 0 then ' (ảnh)' else '' end as title,
				           (%12$s)[1 + (k.h / 19) %% %13$d] || ' ' || (%12$s)[1 + (k.a / 23) %% %13$d] as lead,
				           array_to_string(array(select (%12$s)[1 + abs(hashint4(g * 31 + n)) %% %13$d]
				               || case when n %% 3 = 0 then ' Sự việc xảy ra tại ' || p.place || '.' else '' end
				               from generate_series(1, 6 + g %% 5) n), ' ') as body,
				           (%14$s)[1 + k.a %% %15$d] as outlet,
				           now() - make_interval(secs => (%16$d - g) * (3 * 365 * 86400.0 / %16$d)) as published,
				           k.h %% 100 < 12 as relevant,
				           (%17$s)[1 + (k.h / 29) %% 3] as tone,
				           (%18$s)[1 + (k.h / 31) %% %19$d] as topic
				    from (select (%6$s)[1 + (k.h / 3) %% %7$d] as place) p) s
				""".formatted(FIRST_ID, from, to, array(SUBJECTS), SUBJECTS.size(), array(PLACES), PLACES.size(),
				array(VERBS), VERBS.size(), array(MATTERS), MATTERS.size(), array(SENTENCES), SENTENCES.size(),
				array(OUTLETS), OUTLETS.size(), total, array(List.of(TONES)), array(List.of(TOPICS)), TOPICS.length);
		jdbc.sql(sql).update();
	}

	private static String array(List<String> values) {
		return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(",", "array[", "]::text[]"));
	}

	private static List<String> outlets() {
		List<String> names = new ArrayList<>(List.of("Báo Lâm Đồng", "Báo Đắk Nông", "Báo Bình Thuận", "Tuổi Trẻ",
				"Thanh Niên", "VnExpress", "Dân Trí", "VietNamNet", "Tiền Phong", "Lao Động", "Người Lao Động", "Nhân Dân",
				"Pháp Luật TP.HCM", "Znews", "VietnamPlus", "VTC News", "Sài Gòn Giải Phóng", "Công an Nhân dân",
				"Quân đội Nhân dân", "Đại Đoàn Kết", "Kinh tế & Đô thị", "Báo Đắk Lắk", "Báo Khánh Hòa", "Báo Gia Lai",
				"Nông nghiệp Việt Nam", "Tài nguyên & Môi trường", "Giao thông", "Sức khỏe & Đời sống", "Giáo dục & Thời đại",
				"Thanh tra"));
		for (int i = names.size(); i < 60; i++) {
			names.add("Trang tin điện tử số " + (i + 1));
		}
		return names;
	}

	private interface Action {
		void run() throws Exception;
	}

	private static long[] measure(int times, Action action) throws Exception {
		for (int i = 0; i < 30; i++) {
			action.run(); // warm-up (the JIT compiles the template engine's paths)
		}
		long[] millis = new long[times];
		for (int i = 0; i < times; i++) {
			long t = System.nanoTime();
			action.run();
			millis[i] = (System.nanoTime() - t) / 1_000_000;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static String line(String what, long[] sortedMillis) {
		long p50 = sortedMillis[sortedMillis.length / 2];
		long p95 = sortedMillis[(int) Math.ceil(sortedMillis.length * 0.95) - 1];
		return String.format("%s: p50 %d ms, p95 %d ms (target p95 ≤ 200 ms)%s", what, p50, p95,
				p95 <= 200 ? "" : "  ← over target");
	}
}
