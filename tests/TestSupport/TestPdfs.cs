using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace StakeholderBot.TestSupport;

// PDFs the tests write themselves: an action plan whose pages are one column, two columns (written line by line
// across both columns, so only layout analysis gets the order right) and a table (written column by column), with
// a running head and "Page n of 3" footers; a scan without a text layer; a damaged file; a password-protected one.
public static class TestPdfs
{
    public const string ActionPlanTitle = "Export action plan for Lombardy";

    public static byte[] ActionPlan(int voucherShare = 70, string title = ActionPlanTitle)
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        var one = Page(builder, regular, 1);
        one.AddText("1. Why an action plan", 14, new PdfPoint(56, 760), bold);
        Lines(one, regular, 56, 735, [
            "This action plan was written by the Lombardy partner of the UpGradeSME project after two years",
            "of exchange with partners in five regions. It describes how the region will help small firms start",
            "exporting and how the members of the regional stake-",
            "holder group will follow the work from year to year."]);

        var two = Page(builder, regular, 2);
        two.AddText("2. Measures", 14, new PdfPoint(56, 760), bold);
        string[] left = Wrap($"The first measure is an export voucher. The voucher covers up to {voucherShare} per cent of the cost of a foreign market study, with a ceiling of EUR 8,000 for each firm. Firms apply online and get an answer within thirty days.", 44);
        string[] right = Wrap("The second measure pays for export managers shared by several small firms. Each shared manager works for three firms at the same time for up to eighteen months, paid from the regional fund.", 44);
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            if (i < left.Length) two.AddText(left[i], 10, new PdfPoint(56, 735 - 13 * i), regular);
            if (i < right.Length) two.AddText(right[i], 10, new PdfPoint(310, 735 - 13 * i), regular);
        }

        var three = Page(builder, regular, 3);
        three.AddText("3. Budget", 14, new PdfPoint(56, 760), bold);
        string[][] rows =
        [
            ["Measure", "Budget", "Firms reached"],
            ["Export voucher", "EUR 400,000", "120"],
            ["Shared export manager", "EUR 250,000", "45"],
            ["Trade fair desk", "EUR 80,000", "all firms"],
        ];
        for (var column = 0; column < 3; column++)
            for (var row = 0; row < rows.Length; row++)
                three.AddText(rows[row][column], 10, new PdfPoint(56 + 180 * column, 730 - 16 * row), row == 0 ? bold : regular);
        Lines(three, regular, 56, 640, ["The regional stakeholder group reviews the budget every spring and may move money between measures."]);
        return builder.Build();
    }

    // One page holding only an image, as a scanner makes it.
    public static byte[] Scanned()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(GreyPng(120, 160), new PdfRectangle(56, 200, 540, 780));
        return builder.Build();
    }

    // A real PDF cut off after its first objects, with the rest lost.
    public static byte[] Damaged()
    {
        var whole = ActionPlan();
        return whole.Take(whole.Length / 5).Concat(Encoding.ASCII.GetBytes("\n\u0000\u0001garbage")).ToArray();
    }

    // A PDF whose text is encrypted under a user password the bot does not have (RC4, revision 2).
    public static byte[] PasswordProtected()
    {
        var random = new Random(16);
        string Hex(int bytes) { var b = new byte[bytes]; random.NextBytes(b); return Convert.ToHexString(b); }
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length 32 >>\nstream\n{Encoding.Latin1.GetString(RandomBytes(random, 32))}\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{Hex(32)}> /U <{Hex(32)}> /P -4 >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        var id = Hex(16);
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    private static PdfPageBuilder Page(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font, int number)
    {
        var page = builder.AddPage(PageSize.A4);
        page.AddText("UpGradeSME - Export action plan for Lombardy", 8, new PdfPoint(56, 810), font);
        page.AddText($"Page {number} of 3", 8, new PdfPoint(270, 30), font);
        return page;
    }

    private static void Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double x, double top, IEnumerable<string> lines)
    {
        var y = top;
        foreach (var line in lines)
        {
            page.AddText(line, 10, new PdfPoint(x, y), font);
            y -= 13;
        }
    }

    private static string[] Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines.ToArray();
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    // A greyscale PNG with a few darker bands, standing in for a scanned page.
    private static byte[] GreyPng(int width, int height)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++) raw.WriteByte((byte)(y % 12 < 3 && x > 10 && x < width - 10 ? 60 : 235));
        }
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) raw.WriteTo(zlib);
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), default compression, filter and interlace
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
