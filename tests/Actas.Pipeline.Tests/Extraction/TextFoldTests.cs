using System.Globalization;
using System.Text;
using Actas.Pipeline.Extraction;

namespace Actas.Pipeline.Tests.Extraction;

public sealed class TextFoldTests
{
    /// <summary>The definition the fast path must match: FormD, drop non-spacing marks, lower case, FormC.</summary>
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [Fact]
    public void Every_character_below_combining_marks_folds_as_the_definition_says()
    {
        for (var ch = '\0'; ch < '\u0300'; ch++)
        {
            var text = "a" + ch + "Ñ";
            Assert.Equal(Reference(text), TextFold.Fold(text));
        }
    }

    [Theory]
    [InlineData("Víctimas de TRATA", "victimas de trata")]
    [InlineData("Año: Señor Ñandú", "ano: senor nandu")]
    [InlineData("e\u0301 decomposed", "e decomposed")]
    [InlineData("İstanbul ǅ ß Æ", "istanbul ǆ ß æ")]
    [InlineData("한국 Ω", "한국 ω")]
    public void Spanish_and_other_text_folds_as_the_definition_says(string text, string expected)
    {
        Assert.Equal(Reference(text), TextFold.Fold(text));
        Assert.Equal(expected, TextFold.Fold(text));
    }

    [Fact]
    public void Random_latin_text_folds_as_the_definition_says()
    {
        var random = new Random(20181109);
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 0x300);
            }

            var text = new string(chars);
            Assert.Equal(Reference(text), TextFold.Fold(text));
        }
    }
}
