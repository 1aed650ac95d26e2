using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Actas.Pipeline.Tests.Reading;

/// <summary>
/// Writes a one-page PDF protected by the standard security handler (RC4, 40-bit, revision 2,
/// PDF 1.7 §7.6.3) with a non-empty user password, so no reader can open it without the password.
/// No qpdf needed at test time.
/// </summary>
internal static class EncryptedPdfFixture
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    public static void Write(string path, string userPassword = "secreto", string ownerPassword = "dueño")
    {
        var id = RandomNumberGenerator.GetBytes(16);
        const int permissions = -44;
        var owner = Rc4(MD5.HashData(Pad(ownerPassword))[..5], Pad(userPassword));
        var key = MD5.HashData([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(permissions), .. id])[..5];
        var user = Rc4(key, Padding);
        var content = Rc4(ObjectKey(key, 4), Encoding.ASCII.GetBytes("BT /F1 12 Tf 72 720 Td (secreto) Tj ET"));

        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Text(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Text(body);
        }

        Text("%PDF-1.4\n");
        Object("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Object("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Object("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>\nendobj\n");
        offsets.Add(pdf.Position);
        Text($"4 0 obj\n<< /Length {content.Length} >>\nstream\n");
        pdf.Write(content);
        Text("\nendstream\nendobj\n");
        Object($"5 0 obj\n<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> /P {permissions} >>\nendobj\n");
        var xref = pdf.Position;
        Text($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Text(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        var hexId = Convert.ToHexString(id);
        Text($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hexId}> <{hexId}>] >>\nstartxref\n{xref}\n%%EOF\n");
        File.WriteAllBytes(path, pdf.ToArray());
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    private static byte[] ObjectKey(byte[] key, int objectNumber) =>
        MD5.HashData([.. key, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0])[..Math.Min(key.Length + 5, 16)];

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
