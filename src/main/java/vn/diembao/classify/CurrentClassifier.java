package vn.diembao.classify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.diembao.directory.ProvinceProfile;

/**
 * The classifier the app uses now: the shipped gazetteer and lexicon, the current model (replaced when a retrained
 * one proves no worse), and the administrator's extra names of the province profile on top of the gazetteer.
 */
@Component
class CurrentClassifier {

	private volatile ArticleClassifier base = ArticleClassifier.standard();
	private final Map<List<ProvinceProfile.ProvinceName>, ArticleClassifier> byProfile = new ConcurrentHashMap<>();

	ArticleClassifier.Decision classify(ArticleText text, ProvinceProfile profile) {
		ProvinceScope scope = ProvinceScope.byCode(profile.code());
		return forProfile(profile, scope).classify(text, scope);
	}

	LinearModel model() {
		return base.model();
	}

	ArticleClassifier base() {
		return base;
	}

	synchronized void replaceModel(LinearModel model) {
		base = base.withModel(model);
		byProfile.clear();
	}

	private ArticleClassifier forProfile(ProvinceProfile profile, ProvinceScope scope) {
		ArticleClassifier current = base;
		ArticleClassifier cached = byProfile.computeIfAbsent(profile.names(), names -> current.withGazetteer(
				current.gazetteer().with(names.stream().map(name -> extra(name, scope)).toList())));
		return cached.model() == current.model() ? cached : cached.withModel(current.model());
	}

	private static Gazetteer.Entry extra(ProvinceProfile.ProvinceName name, ProvinceScope scope) {
		if (name.kind() == ProvinceProfile.Kind.COLLISION) {
			// a homonym the administrator marked: a local landmark only when the article supports it
			return Gazetteer.entry(name.name(), Gazetteer.Level.LANDMARK, scope.provinces(), true);
		}
		Gazetteer.Level level = name.kind() == ProvinceProfile.Kind.PLACE ? Gazetteer.Level.LANDMARK : Gazetteer.Level.PROVINCE;
		return Gazetteer.entry(name.name(), level, scope.provinces(), false);
	}
}
