namespace ConstrainedFakes.Tests.Model;

[ConstrainedFaker(typeof(Customer), typeof(AllTypes), typeof(Person), typeof(Account), typeof(Impossible), typeof(Ticket), typeof(Contract), typeof(Milestones), typeof(Member), typeof(Medal), typeof(Backdated), typeof(Misspelt), typeof(Loan), typeof(OrderLine), typeof(Application), typeof(CreditLine), typeof(Lattice), typeof(Pinned), typeof(Hopeless), typeof(Applicant), typeof(Truncated), typeof(Mortgage), typeof(Inconsistent), typeof(Subscription))]
public partial class TestFaker;
