namespace Startfoto.Infrastructure.Data;

/// <summary>How an answer change came in: formulier, excel, overgenomen (ask once), api.</summary>
public enum AnswerChannel { Form, Excel, Prefill, Api }
