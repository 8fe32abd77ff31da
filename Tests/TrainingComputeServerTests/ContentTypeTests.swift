import Testing

@testable import TrainingComputeServer

/// The media-type check behind the 415 (issue 8 item 4): RFC 9110 §8.3.1 makes the type and
/// subtype case-insensitive and lets parameters follow a `;`, with optional white space (spaces
/// and tabs, §5.6.3) around them.
struct ContentTypeTests {
  @Test(arguments: [
    "application/json", "Application/JSON", "APPLICATION/JSON", "application/json; charset=utf-8",
    "application/json;charset=UTF-8", " application/json ", "\tapplication/json\t; q=1",
  ])
  func jsonIsAccepted(_ value: String) {
    #expect(RequestFields.isJSON(value))
  }

  @Test(arguments: [
    "", ";", "text/plain", "text/json", "application/jsonx", "application/json-patch+json",
    "application/ json", "application/jso", "application/problem+json", "multipart/form-data",
    "application\\json", "APPLICATION/JSON\u{0}", "applicatioN/jsoN2",
  ])
  func otherTypesAreRefused(_ value: String) {
    #expect(!RequestFields.isJSON(value))
  }
}
