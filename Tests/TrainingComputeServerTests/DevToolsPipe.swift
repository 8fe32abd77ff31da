#if os(Linux)
  import Foundation
  import Glibc

  /// Headless Chromium driven through its DevTools protocol over a pipe (`--remote-debugging-pipe`:
  /// JSON messages ended by a NUL byte, commands on the browser's file descriptor 3, answers on its
  /// 4). Unlike `--dump-dom` and `--screenshot`, one browser can load a page at any viewport width
  /// (a phone's 390 pixels included: device emulation has no 500-pixel window minimum), read the
  /// page's state, and take screenshots clipped to parts of it.
  ///
  /// Written by hand because Foundation's `Process` cannot hand a child descriptors 3 and 4 and no
  /// package here speaks the protocol. Calls block: use it from a thread of its own
  /// (`DevToolsPipe.session`), never from the cooperative pool the server under test runs on.
  final class DevToolsPipe {
    struct Failure: Error, CustomStringConvertible {
      var description: String
    }

    let process: pid_t
    private let commands: Int32
    private let answers: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0

    /// Starts `binary` headless with a fresh profile in `profile`.
    init(binary: String, profile: String) throws {
      var toBrowser: [Int32] = [0, 0]
      var fromBrowser: [Int32] = [0, 0]
      // A write to a browser that has ended must fail with EPIPE, not end the test process; the
      // pipes close on exec (other children must not hold them open), and dup2 gives the browser its
      // own descriptors 3 and 4 without that flag.
      signal(SIGPIPE, SIG_IGN)
      guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
      for descriptor in toBrowser + fromBrowser { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
      posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
      Self.closeInheritedDescriptors(from: 5, in: &actions)
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      let arguments = [
        binary, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=\(profile)", "about:blank",
      ]
      let argv = arguments.map { strdup($0) } + [nil]
      defer { for pointer in argv { free(pointer) } }
      var pid: pid_t = 0
      let status = posix_spawn(&pid, binary, &actions, nil, argv, environ)
      closeDescriptor(toBrowser[0])
      closeDescriptor(fromBrowser[1])
      guard status == 0 else {
        closeDescriptor(toBrowser[1])
        closeDescriptor(fromBrowser[0])
        throw Failure(description: "could not start \(binary): error \(status)")
      }
      process = pid
      commands = toBrowser[1]
      answers = fromBrowser[0]
    }

    /// Asks the spawn to close every descriptor from `first` up in the browser. NIO opens the
    /// sockets it accepts without close-on-exec, so without this a browser started while an
    /// in-process server holds a connection keeps that socket open for its whole life: the server's
    /// close of it sends nothing until the browser ends (which made a connection test wait 26 s
    /// for a close the server had done at once). glibc has `posix_spawn_file_actions_addclosefrom_np`
    /// since 2.34; Swift's Glibc module does not import it, so it is looked up by name.
    private static func closeInheritedDescriptors(
      from first: Int32, in actions: inout posix_spawn_file_actions_t
    ) {
      typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
      guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, first)
    }

    /// Sends `method` (to the page of `session`, if given) and returns its result.
    @discardableResult
    func call(_ method: String, _ parameters: [String: Any] = [:], session: String? = nil) throws -> [String:
      Any]
    {
      nextID += 1
      var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
      if let session { message["sessionId"] = session }
      var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
      bytes.append(0)
      var written = 0
      while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
        guard count > 0 else { throw Failure(description: "the browser stopped reading during \(method)") }
        written += count
      }
      while true {
        let answer = try nextMessage(during: method)
        guard answer["id"] as? Int == nextID else { continue }  // events and other answers
        if let error = answer["error"] { throw Failure(description: "\(method): \(error)") }
        return answer["result"] as? [String: Any] ?? [:]
      }
    }

    private func nextMessage(during method: String) throws -> [String: Any] {
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while !buffer.contains(0) {
        let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
        guard count > 0 else { throw Failure(description: "the browser closed its pipe during \(method)") }
        buffer += chunk[..<count]
      }
      let end = buffer.firstIndex(of: 0)!
      let raw = Data(buffer[..<end])
      buffer.removeSubrange(...end)
      return try JSONSerialization.jsonObject(with: raw) as? [String: Any] ?? [:]
    }

    /// A new page of `width` × `height` CSS pixels (a phone's, with touch, under 500), opened at
    /// `url`; returns its session.
    func open(_ url: String, width: Int, height: Int) throws -> String {
      let target = try call("Target.createTarget", ["url": "about:blank"])["targetId"] as? String ?? ""
      let session =
        try call("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String
      guard let session else { throw Failure(description: "no session for the new page") }
      try call(
        "Emulation.setDeviceMetricsOverride",
        ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 500], session: session)
      try call("Page.navigate", ["url": url], session: session)
      return session
    }

    /// The value of a JavaScript `expression` in the page, as JSON would give it.
    func evaluate(_ expression: String, session: String) throws -> Any? {
      let result = try call(
        "Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true],
        session: session)
      return (result["result"] as? [String: Any])?["value"]
    }

    /// A PNG of the page's rectangle at (`x`, `y`), `width` × `height` CSS pixels, at scale 1.
    func screenshot(x: Int, y: Int, width: Int, height: Int, session: String) throws -> Data {
      let clip: [String: Any] = ["x": x, "y": y, "width": width, "height": height, "scale": 1]
      let result = try call(
        "Page.captureScreenshot", ["format": "png", "clip": clip, "captureBeyondViewport": true],
        session: session)
      guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else {
        throw Failure(description: "no screenshot")
      }
      return data
    }

    /// Closes the browser and waits for it to end.
    func close() {
      _ = try? call("Browser.close")
      closeDescriptor(commands)
      closeDescriptor(answers)
      var status: Int32 = 0
      waitpid(process, &status, 0)
    }

    /// Runs `body` with a browser on a thread of its own and returns its result; the browser is
    /// killed if `body` takes more than `timeout` seconds.
    static func session<Result: Sendable>(
      binary: String, timeout: Int = 120, _ body: @escaping @Sendable (DevToolsPipe) throws -> Result
    ) async throws -> Result {
      try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
          let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "trainflops-cdp-\(UUID())")
          defer { try? FileManager.default.removeItem(at: profile) }
          do {
            let browser = try DevToolsPipe(binary: binary, profile: profile.path)
            // A browser that stops answering is ended, so a blocked read returns and the test fails.
            let pid = browser.process
            let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(timeout), execute: watchdog)
            defer {
              browser.close()
              watchdog.cancel()
            }
            continuation.resume(returning: try body(browser))
          } catch {
            continuation.resume(throwing: error)
          }
        }
        thread.start()
      }
    }
  }

  /// `close(2)`, named apart from `DevToolsPipe.close()`.
  private func closeDescriptor(_ descriptor: Int32) { close(descriptor) }
#endif
