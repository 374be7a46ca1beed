namespace CodeGen.Tests.Serialization;

/// <summary>The JSON examples of the vendor docs, verbatim apart from whitespace.</summary>
internal static class VendorExamples
{
    public const string HighLevelCreateContactTaskRequest = """
        { "title": "First Task", "body": "loram ipsum", "dueDate": "2020-10-25T11:00:00Z", "completed": true, "assignedTo": "hxHGVRb1YJUscrCB8eXK" }
        """;

    public const string HighLevelCreateContactTaskResponse = """
        { "task": { "id": "lJpzYrWdpkC2hX6t2yue", "title": "test", "body": "testing", "assignedTo": "tesTUcmRxWrjqzJS8EjkxNKting",
          "dueDate": "2021-07-08T02:30:00.000Z", "completed": true, "contactId": "lJpzYrWdpkC2hX6t2yue" } }
        """;

    public const string HighLevelRecurringTaskRequest = """
        { "title": "Task Name",
          "rruleOptions": { "intervalType": "hourly", "interval": 1, "startDate": "2025-07-23T10:00:00.000Z", "dueAfterSeconds": 600 },
          "description": "Task Description", "contactIds": [ "sx6wyHhbFdRXh302Lunr" ], "owners": [ "sx6wyHhbFdRXh302Lunr" ],
          "ignoreTaskCreation": true }
        """;

    public const string HighLevelRecurringTaskResponse = """
        { "recurringTask": { "id": "sx6wyHhbFdRXh302Lunr", "title": "Task Name", "description": "Task Description",
          "locationId": "sx6wyHhbFdRXh302Lunr", "updatedAt": "2021-04-15T10:00:00.000Z", "createdAt": "2021-04-15T10:00:00.000Z",
          "rruleOptions": { "createTaskIfOverDue": false, "interval": 1, "intervalType": "hourly", "startDate": "2024-10-29T12:34:03.000Z",
            "dueAfterSeconds": 600, "count": 550 },
          "totalOccurrence": 10, "deleted": false, "assignedTo": "sx6wyHhbFdRXh302Lunr", "contactId": "v5cEPM428h8vShlRW1KT" } }
        """;

    public const string HighLevelBadRequest = """{ "statusCode": 400, "message": "Bad Request" }""";

    public const string HighLevelUnauthorized = """{ "statusCode": 401, "message": "Invalid token: access token is invalid", "error": "Unauthorized" }""";

    public const string HighLevelUnprocessable = """{ "statusCode": 422, "message": [ "Unprocessable Entity" ], "error": "Unprocessable Entity" }""";

    public const string LeadSquaredBulkRequest = """
        { "TaskList": [
            { "Name": "Meeting", "Description": "Meeting with Adam", "RelatedEntity": 1, "RelatedEntityId": "7e5b7380-4295-4af2-9706-941ab71be772",
              "DueDate": "2021-11-25 13:10:00", "EndDate": "2021-11-25 13:15:00", "Reminder": 30, "NotifyBy": "1100",
              "OwnerEmailAddress": "sri@example.com", "Location": "Koramangala", "TaskType": { "Name": "Meeting" },
              "CustomFields": { "mx_Custom_1": "Meeting in Koramangala" } },
            { "Name": "Document Collection", "Description": "Collect KYC documents", "RelatedEntity": 0, "RelatedEntityId": "",
              "DueDate": "2021-11-27 13:10:00", "EndDate": "2021-11-27 13:15:00", "Reminder": 45, "NotifyBy": "1000",
              "OwnerEmailAddress": "vir@example.com", "TaskType": { "Name": "Document Collection" },
              "CustomFields": { "mx_Custom_1": "None" } } ],
          "StatusWebhookURL": "https://webhook.site/5f51ba29-ca49-405d-ac10-587bbc7647d4" }
        """;

    public const string LeadSquaredBulkResponse = """{ "Status": "Success", "Message": { "Id": "1556275384" } }""";

    public const string SaleshandyCreateTaskRequest = """
        { "prospectIds": [ "8PvBmrB7P7" ], "taskType": "13", "priority": "3", "dueDate": "2026-04-22",
          "taskNote": "Call to follow up on the proposal sent yesterday." }
        """;

    public const string SaleshandyCreateTaskResponse = """
        { "message": "Task created successfully", "payload": { "results": [
            { "prospectId": "Pr9xQ2Lm", "taskId": "7PWYDWW7zo", "success": true },
            { "prospectId": "Pr4Kb8Qw", "taskId": "Mw5Mjoo1wb", "success": true },
            { "prospectId": "INVALIDxx", "taskId": null, "success": false } ] } }
        """;
}
