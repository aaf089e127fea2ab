package vn.diembao.shared.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTests {

	@Test
	void quotedFieldsKeepTheirCommasAndQuotes() {
		var rows = CsvRows.parse("name,evidence,notes\r\nNhân Dân,\"config (a, b)\",\"say \"\"hi\"\"\"\r\n\r\nVTV,,\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("evidence", "config (a, b)").containsEntry("notes", "say \"hi\"");
		assertThat(rows.get(1)).containsEntry("name", "VTV").containsEntry("evidence", "").containsEntry("notes", "");
	}
}
