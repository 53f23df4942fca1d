namespace ConstrainedFakes.Tests.Model;

[ConstrainedFaker(typeof(Customer), typeof(AllTypes), typeof(Person), typeof(Account), typeof(Impossible), typeof(Ticket), typeof(Contract), typeof(Milestones))]
public partial class TestFaker;
