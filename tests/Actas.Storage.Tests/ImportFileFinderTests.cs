using Actas.Storage.Import;

namespace Actas.Storage.Tests;

public sealed class ImportFileFinderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "actas-finder-" + Guid.NewGuid().ToString("N"));

    public ImportFileFinderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Touch(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "x");
        return path;
    }

    [Fact]
    public void A_file_reached_twice_through_its_folder_and_by_name_is_found_once()
    {
        var doc = Touch("trata/acta-24.doc");
        var odt = Touch("trata/acta-25.odt");
        var spelledOtherwise = Path.Combine(_root, "trata", ".", "acta-24.doc");

        var found = ImportFileFinder.Find([Path.Combine(_root, "trata"), doc, spelledOtherwise]);

        Assert.Equal([doc, odt], found.Select(c => c.Path));
    }

    [Fact]
    public void Folders_are_walked_for_acta_formats_skipping_src_folders_and_gold_files()
    {
        var docx = Touch("trata/acta-24.docx");
        var pdf = Touch("trata/acta-24.pdf");
        var doc = Touch("trata/acta-24.doc");
        var txt = Touch("acta-23.txt");
        Touch("acta-23.gold.json");
        Touch("trata/src/acta-24.html");
        Touch("trata/src/acta-24.txt");
        Touch("trata/notas.md");

        var found = ImportFileFinder.Find([_root]);

        // acta-23 sorts before trata/; within acta-24, .docx before .doc before .pdf.
        Assert.Equal([txt, docx, doc, pdf], found.Select(c => c.Path));
        Assert.All(found, c => Assert.Null(c.Problem));
    }

    [Fact]
    public void Scanned_page_images_in_a_folder_are_found_after_the_text_formats_of_the_same_acta()
    {
        var pdf = Touch("salud/acta-07.pdf");
        var tif = Touch("salud/acta-07.TIF");
        var jpg = Touch("salud/acta-08.jpeg");
        var png = Touch("salud/acta-09.png");
        Touch("salud/acta-09.gif");

        var found = ImportFileFinder.Find([Path.Combine(_root, "salud")]);

        Assert.Equal([pdf, tif, jpg, png], found.Select(c => c.Path));
    }

    [Fact]
    public void Files_are_taken_as_given_and_a_missing_path_is_a_candidate_with_a_problem()
    {
        var given = Touch("notas.md");
        var missing = Path.Combine(_root, "no-existe");

        var found = ImportFileFinder.Find([missing, given]);

        Assert.Equal<(string, string?)>([(missing, "no such file or folder"), (given, null)], found.Select(c => (c.Path, c.Problem)));
        Assert.Equal("not-found", found[0].ReadError?.Code);
    }

    [Fact]
    public void A_linked_folder_pointing_back_up_is_not_followed()
    {
        var acta = Touch("trata/acta-24.docx");
        Directory.CreateSymbolicLink(Path.Combine(_root, "trata", "vuelta"), _root);

        var found = ImportFileFinder.Find([_root]);

        Assert.Equal([acta], found.Select(c => c.Path));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_one_clear_problem_and_its_neighbours_are_found()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // Linux names are bytes; Windows and macOS names are always Unicode.
        }

        var good = Touch("acta-1.txt");
        // "Sesión.txt" written in Latin-1: ó is the lone byte 0xF3, invalid in UTF-8.
        byte[] name = [.. System.Text.Encoding.UTF8.GetBytes(_root + "/Sesi"), 0xF3, .. "n.txt"u8, 0];
        var fd = Creat(name, Convert.ToInt32("644", 8));
        Assert.True(fd >= 0);
        Close(fd);

        IReadOnlyList<ImportCandidate> found;
        try
        {
            found = ImportFileFinder.Find([_root]);
        }
        finally
        {
            Unlink(name); // .NET cannot delete it by name either
        }

        Assert.Equal(2, found.Count);
        Assert.Equal((string?)null, Assert.Single(found, c => c.Path == good).Problem);
        var bad = Assert.Single(found, c => c.Path != good);
        Assert.Equal(Path.Combine(_root, "Sesi\uFFFDn.txt"), bad.Path);
        Assert.StartsWith("the file name is not valid UTF-8", bad.Problem, StringComparison.Ordinal);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "unlink")]
    private static extern int Unlink(byte[] path);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "creat", SetLastError = true)]
    private static extern int Creat(byte[] path, int mode);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
