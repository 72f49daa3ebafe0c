import Crypto
import Foundation

/// The hash sources of the report's content security policy: each inline script and style element is
/// allowed by its SHA-256 digest (`script-src 'sha256-…'`, `style-src 'sha256-…'`), so no other script
/// or style — an injected one included — applies.
///
/// Definition: the SHA-256 digest (FIPS 180-4 §6.2, computed by swift-crypto's `SHA256`) of the
/// element's text as UTF-8, written in base64 (RFC 4648 §4) as CSP Level 3 expects in a hash source.
///
/// References: NIST FIPS 180-4, doi:10.6028/NIST.FIPS.180-4; W3C Content Security Policy Level 3,
/// "hash-source".
enum CSPHash {
    /// The hash source of `text` (its UTF-8 bytes): `'sha256-<base64>'`.
    /// - Complexity: O(length).
    static func source(_ text: String) -> String {
        "'sha256-\(Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString())'"
    }
}
