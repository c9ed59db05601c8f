using Microsoft.Playwright;

namespace Startfoto.Browser.Tests.Pages;

/// <summary>/scoreregels/wat-als: the scoring sandbox, found by labels and roles.</summary>
public sealed class WhatIfPage(IPage page)
{
    public Task ChooseQuestionnaireAsync(string label) =>
        page.GetByLabel("Vragenlijst", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = label });

    public Task SetThresholdAsync(string label, string value) => page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    public Task SetRuleAsync(int number, string when) =>
        page.GetByLabel(new System.Text.RegularExpressions.Regex($"^Regel {number}: .* voorwaarde$")).FillAsync(when);

    public Task CalculateAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Doorrekenen" }).ClickAsync();

    public ILocator Status => page.GetByRole(AriaRole.Status);

    public ILocator Moves => page.GetByRole(AriaRole.Table, new() { Name = "Responsen met een andere uitkomst of behoefte" });

    public ILocator Alerts => page.GetByRole(AriaRole.Alert);
}
