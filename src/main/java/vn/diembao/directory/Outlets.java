package vn.diembao.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diembao.shared.text.VietnameseText;

@Service
public class Outlets {

	private final JdbcClient jdbc;

	Outlets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OutletRef> byId(long id) {
		return jdbc.sql("select id, name, domain from app.outlet where id = ?").param(id).query(OutletRef.class).optional();
	}

	public List<OutletRef> all() {
		return jdbc.sql("select id, name, domain from app.outlet order by name").query(OutletRef.class).list();
	}

	/**
	 * Resident reporters whose name or press card number matches, ignoring diacritics and case; the registry is small
	 * (tens of reporters), so it is filtered here rather than in SQL.
	 */
	public List<ResidentReporter> findReporters(String query) {
		String wanted = query == null ? "" : VietnameseText.fold(query.trim());
		String card = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty() && card.isEmpty()) {
			return List.of();
		}
		return reporters().stream()
			.filter(r -> (!wanted.isEmpty() && VietnameseText.fold(r.fullName()).contains(wanted))
					|| (r.pressCardNumber() != null && r.pressCardNumber().toLowerCase(Locale.ROOT).equals(card)))
			.toList();
	}

	/** Registered reporters and their outlets on a day: what the monthly report counts. */
	public ReporterRegistry reporterRegistry(LocalDate day) {
		List<ResidentReporter> registered = reporters().stream().filter(r -> r.registeredOn(day)).toList();
		return new ReporterRegistry((int) registered.stream().map(ResidentReporter::outletDomain).distinct().count(),
				registered.size(), (int) registered.stream().filter(r -> r.hasValidCardOn(day)).count());
	}

	private List<ResidentReporter> reporters() {
		return jdbc.sql("""
				select r.id, r.full_name, o.name as outlet_name, o.domain as outlet_domain, r.press_card_number,
				       r.card_valid_to, r.registered_from, r.registered_to, o.licence_number, o.licence_scope,
				       o.office_address, o.office_phone, r.active
				from app.resident_reporter r join app.outlet o on o.id = r.outlet_id order by r.full_name, o.name""")
			.query(ResidentReporter.class)
			.list();
	}

	/** The names of the province's own outlets (its newspaper, radio and TV): reports count only outlets outside it. */
	public java.util.Set<String> inProvinceNames() {
		return new java.util.HashSet<>(jdbc.sql("select name from app.outlet where in_province").query(String.class).list());
	}

	/** Registers an outlet by its domain, keeping an existing entry's name. */
	@Transactional
	public OutletRef register(String name, String domain, String type) {
		return jdbc.sql("""
				insert into app.outlet (name, domain, type) values (?, ?, ?)
				on conflict (domain) do update set domain = excluded.domain
				returning id, name, domain""")
			.params(name, domain, type)
			.query(OutletRef.class)
			.single();
	}
}
