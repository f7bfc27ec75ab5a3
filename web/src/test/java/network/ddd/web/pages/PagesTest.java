package network.ddd.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagesTest {
    @ParameterizedTest(name = "evidence named {0} downloads as: {1}")
    @CsvSource(delimiter = '|', value = {
            "proof.pdf|attachment; filename=\"proof.pdf\"; filename*=UTF-8''proof.pdf",
            "사업자등록증 2024.pdf|attachment; filename=\"_______2024.pdf\"; filename*=UTF-8''%EC%82%AC%EC%97%85%EC%9E%90%EB%93%B1%EB%A1%9D%EC%A6%9D%202024.pdf",
            "a\"b;c.png|attachment; filename=\"a_b_c.png\"; filename*=UTF-8''a%22b%3Bc.png"})
    void evidenceIsAlwaysAnAttachmentWithAQuotedAsciiNameAndTheRealName(String name, String header) {
        assertThat(EvidenceServlet.contentDisposition(name)).isEqualTo(header);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "면, 폴리 ,  |[면, 폴리]",
            "니트\\n봉제|[니트, 봉제]",
            "''|[]"})
    void listFieldsAreSplitAtCommasAndLinesWithoutBlanks(String text, String list) {
        assertThat(ProfileEditor.list(text.replace("\\n", "\n")).toString()).isEqualTo(list);
    }

    @ParameterizedTest(name = "id {0} → {1}")
    @CsvSource(value = {"42,42", "' 7 ',7", "0,-1", "-3,-1", "abc,-1", "'',-1", "99999999999999999999,-1"})
    void idsInUrlsArePositiveNumbersOrNothing(String text, long id) {
        assertThat(PageMessages.idOf(text)).isEqualTo(id);
    }
}
