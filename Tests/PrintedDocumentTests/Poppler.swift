import Foundation
import PrintedDocument
import TestSupport

/// A rendered document written to a private folder, read back with poppler's tools: what a
/// reader's viewer would see, not what the renderer thinks it drew.
struct RenderedPDF {
    let folder: URL
    let path: String

    init(_ document: PrintedDocument) throws {
        let bytes = try PDFRenderer.pdf(document)
        folder = try privateFolder("printed-document")
        path = folder.appendingPathComponent("document.pdf").path
        try bytes.write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// `pdftotext -layout`, of one page or of all.
    func text(page: Int? = nil) throws -> String {
        let pages = page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []
        return try Poppler.run("pdftotext", ["-layout", "-enc", "UTF-8"] + pages + [path, "-"])
    }

    func info() throws -> String { try Poppler.run("pdfinfo", ["-enc", "UTF-8", path]) }

    func pageCount() throws -> Int {
        let line = try info().split(separator: "\n").first { $0.hasPrefix("Pages:") }
        guard let count = line.flatMap({ Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }) else {
            throw Poppler.Failure(description: "pdfinfo gave no page count for \(path)")
        }
        return count
    }

    /// The share of a page's pixels in the watermark's solid light grey (224 of 255, give or
    /// take 2), rendered by `pdftoppm` at 20 dpi: black text's anti-aliased edges rarely are.
    func watermarkGreyShare(page: Int) throws -> Double {
        let image = folder.appendingPathComponent("page-\(page)")
        _ = try Poppler.run("pdftoppm", ["-gray", "-r", "20", "-f", "\(page)", "-l", "\(page)", "-singlefile", path, image.path])
        let pixels = try Self.graymap(Data(contentsOf: image.appendingPathExtension("pgm")))
        return Double(pixels.filter { (222...226).contains($0) }.count) / Double(max(pixels.count, 1))
    }

    /// The pixels of a binary PGM ("P5", width, height, maxval 255, then a byte a pixel).
    private static func graymap(_ data: Data) throws -> [UInt8] {
        let bytes = [UInt8](data)
        var fields: [String] = [], index = 0
        while fields.count < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count, !(bytes[index] == 0x20 || (0x09...0x0D).contains(bytes[index])) { index += 1 }
            fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        guard fields.count == 4, fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]), fields[3] == "255",
              bytes.count >= index + 1 + width * height else {
            throw Poppler.Failure(description: "pdftoppm wrote no 8-bit PGM image")
        }
        return Array(bytes[(index + 1)..<(index + 1 + width * height)])
    }

    /// `pdffonts`' rows: the font's name and its "emb" column.
    func fonts() throws -> [(name: String, embedded: Bool)] {
        let lines = try Poppler.run("pdffonts", [path]).split(separator: "\n")
        guard let rule = lines.firstIndex(where: { $0.hasPrefix("---") }) else {
            throw Poppler.Failure(description: "pdffonts printed no table for \(path)")
        }
        // name type encoding emb sub uni object ID: read from the right, the type has spaces.
        return lines[(rule + 1)...].map { line in
            let words = line.split(separator: " ")
            return (String(words[0]), words.count >= 6 && words[words.count - 5] == "yes")
        }
    }
}
