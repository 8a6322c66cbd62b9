package org.billingcenter.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;

/**
 * Text for the portal's PDFs in one size and weight, in any of the portal's languages. Latin text
 * is set in Helvetica; Chinese (a lumen-cn account's name, an invoice title) in Adobe's
 * STSong-Light with the Unicode CMap UniGB-UCS2-H. Helvetica has no Chinese glyphs, so without
 * this such names simply vanished from the page. Both are standard PDF fonts that are not
 * embedded: the metrics and CMap ship inside OpenPDF, so nothing is installed on the server, the
 * files stay small, and PDF readers supply the glyphs (every mainstream reader carries an
 * Adobe-GB1 font or substitutes one).
 */
public final class PdfText {

    private static final BaseFont CHINESE = chinese();

    public static final PdfText TITLE = new PdfText(16, Font.BOLD);
    public static final PdfText HEADING = new PdfText(10, Font.BOLD);
    public static final PdfText BODY = new PdfText(10, Font.NORMAL);

    private final Font latin;
    private final Font chinese;

    public PdfText(float size, int style) {
        this.latin = new Font(Font.HELVETICA, size, style);
        // STSong-Light has no bold cut: OpenPDF draws bold by stroking the outline as well.
        this.chinese = new Font(CHINESE, size, style);
    }

    /** The text as a phrase, each run of characters in the font that has them. */
    public Phrase phrase(String text) {
        // A selector remembers the font of its last run: one per call keeps this safe to share.
        FontSelector selector = new FontSelector();
        selector.addFont(latin);
        selector.addFont(chinese);
        Phrase phrase = selector.process(text == null ? "" : text);
        phrase.setLeading(latin.getSize() * 1.5f);
        return phrase;
    }

    public Paragraph paragraph(String text) {
        return new Paragraph(phrase(text));
    }

    private static BaseFont chinese() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenPDF's Chinese font metrics are missing", e);
        }
    }
}
