package vn.diembao.shared.office;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page of an administrative document under Nghị định 30/2020/NĐ-CP: A4 portrait, margins top and bottom 20 mm,
 * left 30 mm, right 15 mm. Bulletins and reports are both sent out as such documents.
 */
public final class Decree30Page {

	private Decree30Page() {
	}

	public static void apply(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(20));
		margins.setBottom(twips(20));
		margins.setLeft(twips(30));
		margins.setRight(twips(15));
	}

	private static BigInteger twips(int millimetres) {
		return BigInteger.valueOf(Math.round(millimetres * 1440 / 25.4));
	}
}
