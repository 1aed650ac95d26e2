using System.Globalization;
using Actas.Cli.Commands;
using Actas.Cli.Output;
using Actas.Pipeline;
using Actas.Pipeline.Diagnostics;
using Actas.Pipeline.Tests.Reading;

namespace Actas.Cli.Tests;

/// <summary>Why a file could not be read, as import and extract show it: Spanish under es-MX from the failure's template and
/// arguments, the readers' English reason otherwise (issue 14).</summary>
public sealed class SpanishReadFailureTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;
    private readonly TempFolder _temp = new();

    public SpanishReadFailureTests() => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");

    public void Dispose()
    {
        CultureInfo.CurrentUICulture = _culture;
        _temp.Dispose();
    }

    public static TheoryData<string> Failures() =>
    [
        "not-found", "empty", "corrupt", "encrypted", "scanned-1", "scanned-3", "image", "unsupported", "wrong", "not-an-acta",
        "converter", "conversion", "too-large", "bytes", "pages", "timeout", "ocr-missing", "ocr-failed", "crashed", "memory", "fifo",
    ];

    private static ActaReadException Failure(string name) => name switch
    {
        "not-found" => ActaReadException.NotFound("a.pdf"),
        "empty" => ActaReadException.Empty("a.pdf"),
        "corrupt" => ActaReadException.Corrupt("a.pdf", "PDF"),
        "encrypted" => ActaReadException.Encrypted("a.pdf"),
        "scanned-1" => ActaReadException.Scanned("a.pdf", 1),
        "scanned-3" => ActaReadException.Scanned("a.pdf", 3),
        "image" => ActaReadException.ImageWithoutOcr("a.png"),
        "unsupported" => ActaReadException.Unsupported("a.xls", ".xls"),
        "wrong" => ActaReadException.WrongContent("a.pdf", ".pdf", "a zip package"),
        "not-an-acta" => ActaReadException.NotAnActa("a.pdf", "found no session date"),
        "converter" => ActaReadException.ConverterMissing("a.doc", ".doc"),
        "conversion" => ActaReadException.ConversionFailed("a.doc", "no .docx came out (exit code 1)"),
        "too-large" => ActaReadException.TooLarge("a.docx", "the Word package inflates to more than 1,000 bytes (possible zip bomb)"),
        "bytes" => ActaReadException.TooManyBytes("a.pdf", 123_456, 1_000),
        "pages" => ActaReadException.TooManyPages("a.pdf", 900, 500),
        "timeout" => ActaReadException.Timeout("a.pdf", TimeSpan.FromSeconds(60)),
        "ocr-missing" => ActaReadException.OcrMissing("a.png", "the image", "tesseract"),
        "ocr-failed" => ActaReadException.OcrFailed("a.png", "tesseract exited with code 1"),
        "crashed" => ActaReadException.Crashed("a.pdf", "the PDF reader", "stack overflow"),
        "memory" => ActaReadException.OutOfMemory("a.pdf", "the PDF reader", 1024),
        _ => ActaReadException.NotRegularFile("a.pdf", "a FIFO"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void In_english_a_failure_reads_as_the_readers_reason(string name)
    {
        var failure = Failure(name);

        Assert.Equal(failure.Reason, ReadFailureWording.Reason(failure));
        Assert.Equal(failure.Message, ReadFailureWording.Line(failure));
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Under_es_MX_every_failure_has_spanish_words(string name)
    {
        var failure = Failure(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        var spanish = ReadFailureWording.Reason(failure);

        Assert.NotEqual(failure.Reason, spanish);
        Assert.DoesNotContain('{', spanish);
    }

    [Theory]
    [InlineData("scanned-1", "el PDF no tiene capa de texto (1 página): parece escaneado y primero necesita OCR (p. ej. ocrmypdf -l spa)")]
    [InlineData("scanned-3", "el PDF no tiene capa de texto (3 páginas): parece escaneado y primero necesita OCR (p. ej. ocrmypdf -l spa)")]
    [InlineData("pages", "demasiado grande: 900 páginas, el límite es 500; suba el límite con --max-size/--max-pages si el archivo es auténtico")]
    [InlineData("bytes", "demasiado grande: 123,456 bytes, el límite es 1,000; suba el límite con --max-size/--max-pages si el archivo es auténtico")]
    [InlineData("timeout", "la lectura tardó más de 60 s y se detuvo; suba --timeout si el archivo es auténtico")]
    [InlineData("not-an-acta", "no es un acta: found no session date")]
    public void Under_es_MX_the_arguments_fill_the_spanish_words(string name, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");

        Assert.Equal(expected, ReadFailureWording.Reason(Failure(name)));
    }

    [Theory]
    [InlineData("nota.docx", "solo texto, sin paquete", "el contenido es texto plano")]
    [InlineData("vacio.docx", "zip:[Content_Types].xml", "el paquete no tiene")]
    [InlineData("viejo.doc", "\u0001\u0002\u0003 bytes que no son de Word", "sus primeros bytes no son los de un documento de Word")]
    public void What_a_reader_names_inside_a_reason_is_worded_too(string name, string content, string spanish)
    {
        var path = _temp.PathOf(name);
        if (content.StartsWith("zip:", StringComparison.Ordinal))
        {
            using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create);
            using var entry = new StreamWriter(zip.CreateEntry(content[4..]).Open());
            entry.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        }
        else
        {
            File.WriteAllText(path, content);
        }

        var failure = Assert.Throws<ActaReadException>(() => Actas.Pipeline.Reading.DocumentReaders.CreateDefault().Read(path, Actas.Pipeline.Reading.ReadOptions.Default));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        var worded = ReadFailureWording.Reason(failure);

        Assert.Contains(spanish, worded);
        foreach (var english in new[] { "Word document", "the content", "package has", "first bytes", " file (" })
        {
            Assert.DoesNotContain(english, worded);
        }
    }

    [Fact]
    public void Sizes_keep_their_english_text()
    {
        Assert.Equal("too large: 900 pages, the limit is 500; raise the limit with --max-size/--max-pages if this file is genuine",
            Failure("pages").Reason);
        Assert.Equal("too large: 123,456 bytes, the limit is 1,000; raise the limit with --max-size/--max-pages if this file is genuine",
            Failure("bytes").Reason);
        Assert.Equal(("too-large", "too-many-pages"), (Failure("pages").Code, Failure("pages").Template));
        Assert.Equal(["900", "500"], Failure("pages").Arguments);
        Assert.Equal(("scanned", "image-without-ocr"), (Failure("image").Code, Failure("image").Template));
    }

    [Fact]
    public void Import_lines_of_unreadable_files_are_spanish_under_es_MX()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        var folder = _temp.PathOf("lote");
        Directory.CreateDirectory(folder);
        var empty = _temp.File("lote/vacia.txt", "");
        var encrypted = _temp.PathOf("lote/cifrada.pdf");
        EncryptedPdfFixture.Write(encrypted);
        var scanned = _temp.PathOf("lote/escaneada.pdf");
        BadInputFixtures.WriteScannedPdf(scanned);
        var output = new StringWriter();
        var pipeline = ActaPipeline.CreateDefault();
        var settings = new ImportCommand.Settings { Paths = [folder], Database = _temp.PathOf("actas.db"), NoClassify = true, TimeoutSeconds = 30 };
        var options = settings.ToReadOptions();

        var exit = ImportCommand.Run(settings, path => pipeline.Process(path, options), classifier: null, output, progressConsole: null);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Contains($"{encrypted}: PDF cifrado: no se puede leer sin su contraseña; guarde una copia sin protección", lines);
        Assert.Contains($"{scanned}: el PDF no tiene capa de texto (2 páginas): parece escaneado y primero necesita OCR (p. ej. ocrmypdf -l spa)", lines);
        Assert.Contains($"{empty}: el archivo está vacío (0 bytes)", lines);
    }

    [Fact]
    public void The_extractors_two_not_an_acta_reasons_have_their_own_spanish_words_and_keep_their_english_ones()
    {
        var noParts = ActaReadException.NoActaParts("carta.txt");
        var noSession = ActaReadException.NoSessionIdentity("carta.txt");

        Assert.Equal(ActaReadException.NotAnActa("carta.txt",
            "found no attendance list, no strategy (\"Estrategia NNN\") and no agreements (ACUERDOS)").Message, noParts.Message);
        Assert.Equal(ActaReadException.NotAnActa("carta.txt",
            "found no session date and no session number (\"VIGÉSIMA TERCERA REUNIÓN\", \"Fecha: …\")").Message, noSession.Message);
        Assert.Equal(("not-an-acta", "not-an-acta"), (noParts.Code, noSession.Code));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-MX");
        Assert.Equal("no es un acta: no se encontró lista de asistencia, ni estrategia (\"Estrategia NNN\"), ni acuerdos (ACUERDOS)",
            ReadFailureWording.Reason(noParts));
        Assert.StartsWith("no es un acta: no se encontró la fecha ni el número de la sesión", ReadFailureWording.Reason(noSession), StringComparison.Ordinal);
    }
}
