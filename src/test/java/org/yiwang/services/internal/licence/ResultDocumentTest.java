package org.yiwang.services.internal.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders a licence and a refusal with the real Noto Sans CJK font, then reads them back as a person and a phone
 * would: the page rendered to pixels (kept as PNG under target/ to look at), the QR code decoded from those
 * pixels, the seal's red ink present where the seal is drawn.
 */
class ResultDocumentTest {

    static final Path OUT = Path.of("target", "licence-screenshots");
    static CjkFont font;

    @BeforeAll
    static void font() {
        assumeTrue(Files.isReadable(CjkFont.DEFAULT_FILE), "fonts-noto-cjk is not installed");
        font = CjkFont.load(CjkFont.DEFAULT_FILE);
    }

    @AfterAll
    static void close() throws Exception {
        if (font != null) {
            font.close();
        }
    }

    static DocumentContent licence() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("类型", "有限责任公司（自然人投资或控股）");
        fields.put("法定代表人", "张三");
        fields.put("注册资本", "壹佰万元整");
        fields.put("住所", "浙江省杭州市西湖区文三路 100 号 8 层");
        fields.put("经营范围", "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；"
                + "信息系统集成服务；数据处理和存储支持服务（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。");
        return new DocumentContent(ResultKind.LICENCE, "ZZ330106202600000042", "营业执照", "杭州一网示范科技有限公司",
                "91330106MA2H******", "企业设立登记", "XH20260315000123", fields, null, null,
                "杭州市西湖区市场监督管理局", LocalDate.of(2026, 3, 16),
                "http://localhost:8080/licences/verify?number=ZZ330106202600000042");
    }

    static DocumentContent refusal() {
        return new DocumentContent(ResultKind.REFUSAL, "JD330106202600000043", null, "李四", "330212********2023",
                "食品经营许可", "XH20260316000456", Map.of(), null,
                "经现场核查，经营场所与申请材料所附平面图不符，且未设置与经营品种相适应的冷藏设施，"
                        + "不符合《食品经营许可和备案管理办法》规定的许可条件。",
                "杭州市西湖区市场监督管理局", LocalDate.of(2026, 3, 20),
                "http://localhost:8080/licences/verify?number=JD330106202600000043");
    }

    @Test
    void licence_page_carries_a_qr_code_leading_to_its_verification_page() throws Exception {
        DocumentContent content = licence();
        BufferedImage page = renderAndKeep(content, "licence.png");
        assertThat(decodeQr(page)).isEqualTo(content.verifyUrl());
    }

    @Test
    void refusal_decision_carries_a_qr_code_too() throws Exception {
        DocumentContent content = refusal();
        BufferedImage page = renderAndKeep(content, "refusal.png");
        assertThat(decodeQr(page)).isEqualTo(content.verifyUrl());
    }

    @Test
    void the_seal_is_printed_in_red_near_the_issuer() throws Exception {
        BufferedImage page = renderAndKeep(licence(), "licence-seal.png");
        long red = 0;
        for (int y = page.getHeight() / 2; y < page.getHeight(); y++) {
            for (int x = page.getWidth() / 2; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r > 180 && g < 110 && b < 110) {
                    red++;
                }
            }
        }
        assertThat(red).as("red seal pixels in the lower right quarter").isGreaterThan(2_000);
    }

    @Test
    void the_pdf_describes_itself_and_has_one_a4_page() throws Exception {
        byte[] pdf = new ResultDocument(font).render(licence());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("营业执照 ZZ330106202600000042");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("杭州市西湖区市场监督管理局");
        }
        assertThat(pdf.length).as("outlines instead of an embedded 16 MB font").isLessThan(400_000);
    }

    @Test
    void a_missing_font_names_the_package_to_install() {
        assertThatThrownBy(() -> CjkFont.load(Path.of("/nonexistent/NotoSansCJK-Regular.ttc")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts-noto-cjk");
    }

    private static BufferedImage renderAndKeep(DocumentContent content, String name) throws Exception {
        byte[] pdf = new ResultDocument(font).render(content);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Files.createDirectories(OUT);
            ImageIO.write(image, "png", OUT.resolve(name).toFile());
            return image;
        }
    }

    private static String decodeQr(BufferedImage page) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        return new QRCodeReader().decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
    }
}
