import Crypto
public import Foundation

/// SHA-256 digests of the files a report reads, for its provenance.
public enum InputDigest {
  /// The SHA-256 of `data` as 64 lowercase hexadecimal digits.
  public static func sha256(_ data: Data) -> String {
    SHA256.hash(data: data).map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }
}
