/// A document to print, as structure only: what it says, in which order, and what every
/// page carries (footer, page numbers, watermark). `PDFRenderer` typesets it.
/// It knows nothing of what the document is about; every displayed word comes from the caller.
public struct PrintedDocument: Sendable {
    /// The PDF's title (what a viewer shows in its window); the printed title is a `.heading` block.
    public var title: String
    public var metadata: Metadata
    /// Printed small on every page, left of the page number (a reference, a version).
    public var footer: String
    /// The page number as printed: page N of M, in the document's language.
    public var pageLabel: @Sendable (_ page: Int, _ of: Int) -> String
    /// Printed large, diagonal and light grey behind the text of every page ("DRAFT"), or nothing.
    public var watermark: String?
    public var blocks: [Block]

    public init(title: String, metadata: Metadata = Metadata(), footer: String = "",
                pageLabel: @escaping @Sendable (_ page: Int, _ of: Int) -> String = { "\($0) / \($1)" },
                watermark: String? = nil, blocks: [Block]) {
        self.title = title
        self.metadata = metadata
        self.footer = footer
        self.pageLabel = pageLabel
        self.watermark = watermark
        self.blocks = blocks
    }

    /// The rest of the PDF's information dictionary.
    public struct Metadata: Sendable, Equatable {
        public var author: String
        public var subject: String
        public var creator: String
        public var keywords: String

        public init(author: String = "", subject: String = "", creator: String = "", keywords: String = "") {
            self.author = author
            self.subject = subject
            self.creator = creator
            self.keywords = keywords
        }
    }

    /// One piece of the document's flow, top to bottom.
    public enum Block: Sendable, Equatable {
        /// The document's title: large, bold, centred.
        case heading(String)
        /// A section heading; never left alone at the foot of a page.
        case section(String)
        /// Wrapped text; "\n" starts a new line. Printed literally (no markup).
        case paragraph(String)
        /// Label and value lines in two columns, the label bold, the value wrapped.
        case fields([Field])
        /// A numbered article: its heading as the caller words it ("Article 5 — Duration"),
        /// kept with the start of its first paragraph.
        case clause(heading: String, paragraphs: [String])
        /// Boxes to sign in, two per row, all on one page.
        case signatures([Signature])
        /// A blank line's height.
        case spacer
        /// The next block starts a new page.
        case pageBreak
    }

    /// A label and its value, for `.fields`.
    public struct Field: Sendable, Equatable {
        public var label: String
        public var value: String

        public init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// A box to sign in: who signs (the role line, bold), their name, and an optional dated line.
    public struct Signature: Sendable, Equatable {
        public var role: String
        public var name: String
        public var dated: String?

        public init(role: String, name: String, dated: String? = nil) {
            self.role = role
            self.name = name
            self.dated = dated
        }
    }
}
