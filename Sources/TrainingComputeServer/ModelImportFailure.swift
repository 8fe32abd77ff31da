import ModelImport

/// A model-import error with the request field it is about (`file_base64`, `dims`), for
/// `APIErrorMiddleware` to answer as a 422 naming that field. A bare `ModelImportError` is about
/// `spec`.
struct ModelImportFailure: Error {
  /// The importer's error.
  var error: ModelImportError
  /// The request field to name.
  var field: String

  /// `error`, about `field`.
  init(_ error: ModelImportError, field: String) {
    self.error = error
    self.field = field
  }
}
