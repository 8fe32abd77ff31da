/// The server's budget for each connection and request, and the `Host` names it answers.
///
/// Every limit here ends in a one-sentence answer naming it (or, for a connection that stalls
/// before a request is complete, in closing that connection) — never in a hang.
public struct ServerOptions: Sendable, Equatable {
  /// The most wall-clock time one request may take, body read included; past it the work is
  /// cancelled and the client gets a 503 naming the limit.
  public var requestDeadline: Duration = .seconds(10)
  /// The largest response body sent, in bytes; a larger answer is refused with a 422 naming the limit.
  public var responseLimit = 8 * 1_048_576
  /// How long a connection may take to deliver a complete request head, counted from its opening
  /// or from the end of its previous response; past it the connection is closed (slow headers,
  /// idle keep-alive).
  public var headerTimeout: Duration = .seconds(10)
  /// How long a request body may take to arrive once its head is in; past it the connection is closed.
  public var bodyTimeout: Duration = .seconds(30)
  /// How long a connection may send nothing at all before it is closed.
  public var idleTimeout: Duration = .seconds(60)
  /// How long a graceful shutdown (SIGTERM, SIGINT) waits for requests in flight before it cancels them.
  public var shutdownDeadline: Duration = .seconds(15)
  /// The `Host` names answered; any other is refused with a 421 (a defence against DNS rebinding).
  public var hosts: HostPolicy

  /// The defaults, answering only loopback names.
  public init(hosts: HostPolicy = .loopback()) {
    self.hosts = hosts
  }

  /// The defaults for a server listening on `address`: loopback names only when the address is a
  /// loopback one, any name otherwise; `extraHosts` adds names (for a proxy in front), and `*`
  /// among them answers any name.
  public init(listeningOn address: String, extraHosts: [String] = []) {
    if extraHosts.contains("*") || !HostPolicy.isLoopback(address) {
      self.init(hosts: .any)
    } else {
      self.init(hosts: .loopback(also: Set(extraHosts.map { $0.lowercased() })))
    }
  }
}

/// The `Host` names a server answers.
public enum HostPolicy: Sendable, Equatable {
  /// Loopback names and addresses (`localhost`, `*.localhost`, `127.0.0.0/8`, `::1`) and the names given.
  case loopback(also: Set<String> = [])
  /// Any name (the server listens on a public address, or a proxy checks names).
  case any

  /// Whether a request whose `Host` header is `authority` (`name`, `name:port`, `[v6]:port`) is answered.
  func allows(_ authority: String?) -> Bool {
    guard case .loopback(let extra) = self else { return true }
    guard let authority, let name = Self.hostName(authority) else { return false }
    return Self.isLoopback(name) || extra.contains(name)
  }

  /// The host part of an authority, lowercased, without port, brackets or a trailing dot; `nil`
  /// when it is empty.
  static func hostName(_ authority: String) -> String? {
    var name = Substring(authority.lowercased())
    if name.hasPrefix("[") {
      guard let close = name.firstIndex(of: "]") else { return nil }
      name = name[name.index(after: name.startIndex)..<close]
    } else if let colon = name.firstIndex(of: ":"), name.lastIndex(of: ":") == colon {
      name = name[..<colon]
    }
    if name.hasSuffix(".") { name = name.dropLast() }
    return name.isEmpty ? nil : String(name)
  }

  /// Whether `name` (no port) is a loopback name or address.
  static func isLoopback(_ name: String) -> Bool {
    let name = name.lowercased()
    if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" || name == "0:0:0:0:0:0:0:1" {
      return true
    }
    let octets = name.split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4, octets.allSatisfy({ $0.count <= 3 && UInt8($0) != nil }) else { return false }
    return octets[0] == "127"
  }
}
