package app.spotter.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void lowerCasesLatinGreekAndCyrillicAsCharacterDoes() {
        int[][] ranges = {{0, 0x17F}, {0x380, 0x3CE}, {0x400, 0x45F}};
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                assertEquals(Character.toLowerCase((char) c), Names.lowerCase((char) c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void otherScriptsAreKeptAsTheyAre() {
        assertEquals('\u0531', Names.lowerCase('\u0531'));
        assertEquals("\u4e09\u982d\u808c", Names.normalize("\u4e09\u982d\u808c"));
    }

    @Test
    void lettersAndDigitsOfLatin1AreWordCharsAndItsSymbolsAreNot() {
        for (int c = 0; c <= 0xFF; c++) {
            assertEquals(Character.isLetterOrDigit((char) c), Names.isWordChar((char) c), "U+" + Integer.toHexString(c));
        }
        assertFalse(Names.isWordChar('\u2013'));
        assertFalse(Names.isWordChar('\u3001'));
        assertTrue(Names.isWordChar('\u0436'));
    }

    @Test
    void caseAccentedCapitalsPunctuationAndSpacingDoNotCount() {
        assertEquals("push up", Names.normalize("  PUSH-UP "));
        assertEquals("übung kniebeuge", Names.normalize("ÜBUNG – Kniebeuge"));
        assertEquals("жим лёжа", Names.normalize("Жим ЛЁЖА"));
        assertEquals("άρση θανάτου", Names.normalize("ΆΡΣΗ ΘΑΝΆΤΟΥ"));
        assertEquals("farmer s walk", Names.normalize("Farmer’s walk"));
        assertEquals("cafe", Names.normalize("Cafe\u0301"));
    }
}
