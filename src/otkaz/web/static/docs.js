// Swagger UI over our own /openapi.json; the validator badge is off because it calls a remote service.
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  validatorUrl: null,
  deepLinking: true,
});
