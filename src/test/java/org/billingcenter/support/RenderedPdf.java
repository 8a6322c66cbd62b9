package org.billingcenter.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as a reader sees it: its first page drawn to an image (kept in
 * {@code target/rendered-pdfs/} for a person to look at) and its text as a reader would copy it.
 */
public record RenderedPdf(String text, BufferedImage firstPage) {

    public static RenderedPdf of(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 96);
            Path dir = Files.createDirectories(Path.of("target", "rendered-pdfs"));
            ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
            return new RenderedPdf(text, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a pixel of about this colour is drawn in the top-left quarter of the first page (where a letterhead's logo sits). */
    public boolean showsColourTopLeft(Color colour) {
        for (int y = 0; y < firstPage.getHeight() / 4; y++) {
            for (int x = 0; x < firstPage.getWidth() / 2; x++) {
                Color pixel = new Color(firstPage.getRGB(x, y));
                if (Math.abs(pixel.getRed() - colour.getRed()) < 12 && Math.abs(pixel.getGreen() - colour.getGreen()) < 12
                        && Math.abs(pixel.getBlue() - colour.getBlue()) < 12) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text with runs of white space (line breaks inside table cells) made single spaces. */
    public String flatText() {
        return text.replaceAll("\\s+", " ");
    }
}
