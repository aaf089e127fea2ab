package vn.diembao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL gets values only as bound parameters: every piece of text concatenated into a {@code .sql(…)} statement is a
 * literal or a constant, and the few pieces built at run time are listed here, each reviewed to be chosen from
 * constants (never from input).
 */
class SqlParametersTests {

	/** file: operand → why it is safe. */
	private static final Set<String> REVIEWED = Set.of(
			// “column” is one of four literals picked by a switch on the field name
			"TriageDecisions.java: column",
			// the WHERE clause is assembled from constant fragments; the filter's values go into the parameter map
			"InboxSearch.java: where",
			"InboxSearch.java: where(filter, new LinkedHashMap<>())",
			"InboxSearch.java: countSql(filter)",
			"InboxSearch.java: scanSql(filter)",
			"InboxSearch.java: sql",
			// the archive search appends constant conditions for the filters that are set; values are bound
			"BulletinRecords.java: sql.toString()",
			// one of two constant statements passed by the class itself
			"FakeNewsStatistics.java: sql",
			// one constant “(b.band = ? and b.bucket = ?)” per MinHash band; values are bound
			"StoryClusterer.java: formatted(anyBand)");

	@Test
	void everyConcatenatedPieceOfSqlIsAConstant() throws IOException {
		Set<String> dynamic = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				for (String argument : sqlArguments(source)) {
					for (String operand : topLevelOperands(argument)) {
						if (!isConstant(operand)) {
							dynamic.add(file.getFileName() + ": " + dynamicPart(operand));
						}
					}
				}
			}
		}
		assertThat(dynamic).as("SQL built from something other than literals and constants").isSubsetOf(REVIEWED);
	}

	private static List<String> sqlArguments(String source) {
		List<String> arguments = new ArrayList<>();
		int at = 0;
		while ((at = source.indexOf(".sql(", at)) >= 0) {
			int start = at + ".sql(".length();
			int end = closingParenthesis(source, start);
			arguments.add(source.substring(start, end));
			at = end;
		}
		return arguments;
	}

	private static int closingParenthesis(String s, int from) {
		int depth = 1;
		for (int i = from; i < s.length(); i++) {
			if (s.startsWith("\"\"\"", i)) {
				i = s.indexOf("\"\"\"", i + 3) + 2;
			}
			else if (s.charAt(i) == '"') {
				i = endOfString(s, i);
			}
			else if (s.charAt(i) == '(') {
				depth++;
			}
			else if (s.charAt(i) == ')' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalStateException("unbalanced .sql( call");
	}

	private static int endOfString(String s, int quote) {
		for (int i = quote + 1; i < s.length(); i++) {
			if (s.charAt(i) == '\\') {
				i++;
			}
			else if (s.charAt(i) == '"') {
				return i;
			}
		}
		return s.length();
	}

	/** The operands of the top-level “+” in an expression. */
	private static List<String> topLevelOperands(String expression) {
		List<String> operands = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (expression.startsWith("\"\"\"", i)) {
				i = expression.indexOf("\"\"\"", i + 3) + 2;
			}
			else if (c == '"') {
				i = endOfString(expression, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '+' && depth == 0) {
				operands.add(expression.substring(start, i).strip());
				start = i + 1;
			}
		}
		operands.add(expression.substring(start).strip());
		return operands;
	}

	/** A constant template filled by formatted(…) is as safe as what fills it. */
	private static String dynamicPart(String operand) {
		var formatted = java.util.regex.Pattern.compile("(?s)(\"\"\".*\"\"\"|\".*\")\\.formatted\\((.*)\\)").matcher(operand);
		return formatted.matches() ? "formatted(" + formatted.group(2).strip() + ")" : operand;
	}

	private static boolean isConstant(String operand) {
		return operand.matches("(?s)\"\"\".*\"\"\"") || operand.matches("(?s)\".*\"")
				|| operand.matches("([A-Z]\\w*\\.)?[A-Z][A-Z0-9_]*");
	}
}
