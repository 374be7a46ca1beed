namespace CodeGen.Tests.Selection;

/// <summary>A small store API whose operations and schemas each show one way a selection keeps or drops them.</summary>
internal static class SelectionSpec
{
    public const string Path = "/project/specs/store.yaml";

    public const string Text = """
        openapi: 3.0.3
        info: { title: Store, version: '1' }
        security: [ { apiKey: [] } ]
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
            post:
              operationId: createPet
              tags: [pets]
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/NewPet' } } } }
              responses:
                '201': { description: created, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
          /pets/{petId}:
            parameters:
              - $ref: '#/components/parameters/PetId'
            get:
              operationId: getPet
              tags: [pets]
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            delete:
              operationId: deletePet
              tags: [pets, Admin]
              responses:
                '204': { description: deleted }
          /pets/{petId}/photos/{photoId}:
            get:
              operationId: getPhoto
              tags: [photos]
              parameters:
                - { name: petId, in: path, required: true, schema: { type: string } }
                - { name: photoId, in: path, required: true, schema: { type: string } }
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Photo' } } } }
          /store/orders:
            post:
              operationId: placeOrder
              tags: [Store]
              requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }
              responses:
                '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }
          /admin/audit:
            get:
              operationId: listAudit
              tags: [Admin]
              security: [ { adminToken: [] } ]
              responses:
                '200': { $ref: '#/components/responses/Audit' }
        components:
          securitySchemes:
            apiKey: { type: apiKey, in: header, name: X-Api-Key }
            adminToken: { type: http, scheme: bearer }
          parameters:
            PetId: { name: petId, in: path, required: true, schema: { $ref: '#/components/schemas/PetKey' } }
          responses:
            Audit:
              description: audit
              content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/AuditEntry' } } } }
          schemas:
            PetKey: { type: string, pattern: '^[a-z0-9]+$' }
            Pet:
              allOf:
                - $ref: '#/components/schemas/PetBase'
                - type: object
                  properties:
                    category: { $ref: '#/components/schemas/Category' }
                    tags: { type: array, items: { $ref: '#/components/schemas/Tag' } }
            PetBase:
              type: object
              properties: { id: { type: integer }, name: { type: string } }
            NewPet:
              type: object
              properties: { name: { type: string }, status: { $ref: '#/components/schemas/PetStatus' } }
            PetStatus: { type: string, enum: [available, sold] }
            Category:
              type: object
              properties: { name: { type: string } }
            Tag:
              type: object
              properties: { label: { type: string } }
            Photo:
              type: object
              properties:
                url: { type: string }
                metadata: { type: object, additionalProperties: { $ref: '#/components/schemas/PhotoMeta' } }
            PhotoMeta:
              type: object
              properties: { value: { type: string } }
            Order:
              type: object
              properties:
                pet: { $ref: '#/components/schemas/Pet' }
                payment: { oneOf: [ { $ref: '#/components/schemas/Card' } ], discriminator: { propertyName: kind, mapping: { card: Card } } }
            Card:
              type: object
              properties: { kind: { type: string }, number: { type: string } }
            AuditEntry:
              type: object
              properties: { who: { type: string }, status: { $ref: '#/components/schemas/AuditStatus' } }
            AuditStatus: { type: string, enum: [ok, failed] }
            Unused:
              type: object
              properties: { nothing: { type: string } }
        """;
}
