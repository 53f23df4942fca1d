namespace ConstrainedFakes.Tests.Model;

[ConstrainedFaker(typeof(Customer))]
public partial class TestFaker;
