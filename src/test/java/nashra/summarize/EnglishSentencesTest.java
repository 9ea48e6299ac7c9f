package nashra.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class EnglishSentencesTest {

    @Test
    void splitsAtFullStopsQuotesAndParagraphs() {
        String text =
                "Profits rose 5% to $1.2bn. \"We are pleased,\" the chief said. \"Next year looks"
                        + " good.\" Shares rose.\n\n"
                        + "J. K. Smith of St. Albans disagreed! Was he right? Mr. Jones thinks so.";
        assertEquals(
                List.of(
                        "Profits rose 5% to $1.2bn.",
                        "\"We are pleased,\" the chief said.",
                        "\"Next year looks good.\"",
                        "Shares rose.",
                        "J. K. Smith of St. Albans disagreed!",
                        "Was he right?",
                        "Mr. Jones thinks so."),
                EnglishSentences.split(text));
    }

    @Test
    void noSplitBeforeLowerCaseOrInsideNumbers() {
        assertEquals(
                List.of("It cost 3.5m euros, i.e. more than planned."),
                EnglishSentences.split("It cost 3.5m euros, i.e. more than planned."));
    }
}
