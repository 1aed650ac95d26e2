using Actas.Pipeline.Extraction;
using Actas.Pipeline.Extraction.Vocabulary;

namespace Actas.Pipeline.Tests.Extraction;

/// <summary>
/// The typed bullets are declared once (<see cref="ActaVocabulary.Bullet"/>): every pattern that reads a list item's bullet
/// takes every one of them, where the sets each pattern used to list disagreed ("◦" opened a remark but not an attendance
/// line, "·" an attendance line but not a speaker's remark, "»" a remark but no agreement).
/// </summary>
public sealed class TypedBulletSetTests
{
    public static TheoryData<string> Bullets() =>
        [.. ActaVocabulary.BulletTrim.Where(c => !char.IsWhiteSpace(c)).Select(c => c.ToString())];

    [Fact]
    public void The_declared_set_holds_the_usual_glyphs_marks_and_dashes()
    {
        foreach (var bullet in new[] { "•", "▪", "◦", "►", "·", "»", "*", "–", "—", "-", "\uF0B7" })
        {
            Assert.Contains(bullet[0], ActaVocabulary.BulletTrim);
        }
    }

    [Theory]
    [MemberData(nameof(Bullets))]
    public void A_bullet_alone_before_a_tab_is_a_list_marker(string bullet) =>
        Assert.Matches(RowStream.ListMarker(), bullet);

    [Theory]
    [MemberData(nameof(Bullets))]
    public void An_attendance_line_loses_its_bullet(string bullet)
    {
        Assert.Equal("Biól. Renata Quiroz Lara", AttendanceExtractor.LeadingNumber().Replace($"{bullet} Biól. Renata Quiroz Lara", ""));
        Assert.Equal("Biól. Renata Quiroz Lara", AttendanceExtractor.Unbulleted($"  {bullet}\tBiól. Renata Quiroz Lara"));
    }

    [Theory]
    [MemberData(nameof(Bullets))]
    public void A_person_before_their_post_loses_the_bullet(string bullet) =>
        Assert.Equal("Arq. Tomás Villegas Ruiz", PersonThenPost.Read($"{bullet} Arq. Tomás Villegas Ruiz, enlace de la alcaldía")?.Person);

    [Theory]
    [MemberData(nameof(Bullets))]
    public void A_remark_in_a_goal_cell_loses_its_bullet(string bullet) =>
        Assert.Equal("Conviene desglosar las cifras por alcaldía.",
            StrategyInterpreter.LeadingListNumber().Replace($"{bullet} Conviene desglosar las cifras por alcaldía.", ""));

    [Theory]
    [MemberData(nameof(Bullets))]
    public void An_agreement_opens_with_a_bullet_that_is_no_number(string bullet)
    {
        var marker = AgreementExtractor.ListMarker().Match($"{bullet} Circular el calendario de visitas.");
        Assert.Equal(bullet, marker.Value.Trim());
        Assert.Matches(AgreementExtractor.Bullet(), marker.Value);
    }

    [Theory]
    [MemberData(nameof(Bullets))]
    public void A_label_loses_the_bullet_before_it(string bullet) =>
        Assert.Equal(bullet.Length + 1, StrategyLabels.LeadingGlyphs().Match($"{bullet} Observaciones: sin comentarios").Length);

    [Theory]
    [MemberData(nameof(Bullets))]
    public void A_speakers_remark_loses_its_bullet(string bullet) =>
        Assert.Equal("Arq. Tomás Villegas (Alcaldía Tláhuac): pide la base.",
            SpeakerTag.RemarkBullet().Replace($"{bullet} Arq. Tomás Villegas (Alcaldía Tláhuac): pide la base.", ""));
}
