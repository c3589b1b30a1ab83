/// What `stages --version` says, and the manual page's version: raised with each release.
enum Version {
    static let current = "0.15.0"
}
