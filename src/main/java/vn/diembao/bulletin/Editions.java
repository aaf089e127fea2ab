package vn.diembao.bulletin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.diembao.directory.ProvinceProfiles;

/** Assembles an {@link Edition} from the records: items grouped by section with roman-numbered headings. */
@Component
class Editions {

	private final BulletinRecords records;
	private final ProvinceProfiles profiles;
	private final BulletinProperties properties;

	Editions(BulletinRecords records, ProvinceProfiles profiles, BulletinProperties properties) {
		this.records = records;
		this.profiles = profiles;
		this.properties = properties;
	}

	Edition of(long id) {
		Bulletin bulletin = records.find(id).orElseThrow(() -> new BulletinNotFoundException(id));
		Map<Section, List<BulletinItem>> bySection = new EnumMap<>(Section.class);
		for (BulletinItem item : records.items(id)) {
			bySection.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item);
		}
		List<Edition.SectionItems> sections = new ArrayList<>();
		int n = 0;
		for (var entry : bySection.entrySet()) {
			sections.add(new Edition.SectionItems(Section.roman(++n) + ". " + entry.getKey().label(), entry.getKey(), entry.getValue()));
		}
		return new Edition(bulletin, profiles.current().name(), properties.issuer(), sections, records.outletCounts(id),
				records.caseStatus(id));
	}
}
